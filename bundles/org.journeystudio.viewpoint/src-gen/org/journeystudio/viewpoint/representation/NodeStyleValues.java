/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Node Style Values</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The evaluated style of a node.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getShape <em>Shape</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getFillColor <em>Fill Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getBorderColor <em>Border Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getBorderSize <em>Border Size</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getBorderStyle <em>Border Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getLabelColor <em>Label Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getLabelSize <em>Label Size</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.NodeStyleValues#isLabelBold <em>Label Bold</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.NodeStyleValues#isLabelItalic <em>Label Italic</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getLabelPosition <em>Label Position</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getIcon <em>Icon</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getWidth <em>Width</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getHeight <em>Height</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNodeStyleValues()
 * @model
 * @generated
 */
public interface NodeStyleValues extends EObject {
	/**
	 * Returns the value of the '<em><b>Shape</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Shape</em>' attribute.
	 * @see #setShape(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNodeStyleValues_Shape()
	 * @model
	 * @generated
	 */
	String getShape();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getShape <em>Shape</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Shape</em>' attribute.
	 * @see #getShape()
	 * @generated
	 */
	void setShape(String value);

	/**
	 * Returns the value of the '<em><b>Fill Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Fill Color</em>' attribute.
	 * @see #setFillColor(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNodeStyleValues_FillColor()
	 * @model
	 * @generated
	 */
	String getFillColor();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getFillColor <em>Fill Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Fill Color</em>' attribute.
	 * @see #getFillColor()
	 * @generated
	 */
	void setFillColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Color</em>' attribute.
	 * @see #setBorderColor(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNodeStyleValues_BorderColor()
	 * @model
	 * @generated
	 */
	String getBorderColor();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getBorderColor <em>Border Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Color</em>' attribute.
	 * @see #getBorderColor()
	 * @generated
	 */
	void setBorderColor(String value);

	/**
	 * Returns the value of the '<em><b>Border Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Size</em>' attribute.
	 * @see #setBorderSize(int)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNodeStyleValues_BorderSize()
	 * @model
	 * @generated
	 */
	int getBorderSize();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getBorderSize <em>Border Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Size</em>' attribute.
	 * @see #getBorderSize()
	 * @generated
	 */
	void setBorderSize(int value);

	/**
	 * Returns the value of the '<em><b>Border Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Border Style</em>' attribute.
	 * @see #setBorderStyle(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNodeStyleValues_BorderStyle()
	 * @model
	 * @generated
	 */
	String getBorderStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getBorderStyle <em>Border Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Border Style</em>' attribute.
	 * @see #getBorderStyle()
	 * @generated
	 */
	void setBorderStyle(String value);

	/**
	 * Returns the value of the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Color</em>' attribute.
	 * @see #setLabelColor(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNodeStyleValues_LabelColor()
	 * @model
	 * @generated
	 */
	String getLabelColor();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getLabelColor <em>Label Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Color</em>' attribute.
	 * @see #getLabelColor()
	 * @generated
	 */
	void setLabelColor(String value);

	/**
	 * Returns the value of the '<em><b>Label Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Size</em>' attribute.
	 * @see #setLabelSize(int)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNodeStyleValues_LabelSize()
	 * @model
	 * @generated
	 */
	int getLabelSize();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getLabelSize <em>Label Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Size</em>' attribute.
	 * @see #getLabelSize()
	 * @generated
	 */
	void setLabelSize(int value);

	/**
	 * Returns the value of the '<em><b>Label Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Bold</em>' attribute.
	 * @see #setLabelBold(boolean)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNodeStyleValues_LabelBold()
	 * @model
	 * @generated
	 */
	boolean isLabelBold();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#isLabelBold <em>Label Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Bold</em>' attribute.
	 * @see #isLabelBold()
	 * @generated
	 */
	void setLabelBold(boolean value);

	/**
	 * Returns the value of the '<em><b>Label Italic</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Italic</em>' attribute.
	 * @see #setLabelItalic(boolean)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNodeStyleValues_LabelItalic()
	 * @model
	 * @generated
	 */
	boolean isLabelItalic();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#isLabelItalic <em>Label Italic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Italic</em>' attribute.
	 * @see #isLabelItalic()
	 * @generated
	 */
	void setLabelItalic(boolean value);

	/**
	 * Returns the value of the '<em><b>Label Position</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Position</em>' attribute.
	 * @see #setLabelPosition(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNodeStyleValues_LabelPosition()
	 * @model
	 * @generated
	 */
	String getLabelPosition();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getLabelPosition <em>Label Position</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Position</em>' attribute.
	 * @see #getLabelPosition()
	 * @generated
	 */
	void setLabelPosition(String value);

	/**
	 * Returns the value of the '<em><b>Icon</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Icon</em>' attribute.
	 * @see #setIcon(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNodeStyleValues_Icon()
	 * @model
	 * @generated
	 */
	String getIcon();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getIcon <em>Icon</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Icon</em>' attribute.
	 * @see #getIcon()
	 * @generated
	 */
	void setIcon(String value);

	/**
	 * Returns the value of the '<em><b>Width</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Width</em>' attribute.
	 * @see #isSetWidth()
	 * @see #unsetWidth()
	 * @see #setWidth(int)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNodeStyleValues_Width()
	 * @model unsettable="true"
	 * @generated
	 */
	int getWidth();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Width</em>' attribute.
	 * @see #isSetWidth()
	 * @see #unsetWidth()
	 * @see #getWidth()
	 * @generated
	 */
	void setWidth(int value);

	/**
	 * Unsets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getWidth <em>Width</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetWidth()
	 * @see #getWidth()
	 * @see #setWidth(int)
	 * @generated
	 */
	void unsetWidth();

	/**
	 * Returns whether the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getWidth <em>Width</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Width</em>' attribute is set.
	 * @see #unsetWidth()
	 * @see #getWidth()
	 * @see #setWidth(int)
	 * @generated
	 */
	boolean isSetWidth();

	/**
	 * Returns the value of the '<em><b>Height</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Height</em>' attribute.
	 * @see #isSetHeight()
	 * @see #unsetHeight()
	 * @see #setHeight(int)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getNodeStyleValues_Height()
	 * @model unsettable="true"
	 * @generated
	 */
	int getHeight();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Height</em>' attribute.
	 * @see #isSetHeight()
	 * @see #unsetHeight()
	 * @see #getHeight()
	 * @generated
	 */
	void setHeight(int value);

	/**
	 * Unsets the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getHeight <em>Height</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetHeight()
	 * @see #getHeight()
	 * @see #setHeight(int)
	 * @generated
	 */
	void unsetHeight();

	/**
	 * Returns whether the value of the '{@link org.journeystudio.viewpoint.representation.NodeStyleValues#getHeight <em>Height</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Height</em>' attribute is set.
	 * @see #unsetHeight()
	 * @see #getHeight()
	 * @see #setHeight(int)
	 * @generated
	 */
	boolean isSetHeight();

} // NodeStyleValues
