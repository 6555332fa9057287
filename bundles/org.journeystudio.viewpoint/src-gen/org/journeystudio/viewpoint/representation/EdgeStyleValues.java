/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge Style Values</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The evaluated style of an edge.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getLineStyle <em>Line Style</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getRouting <em>Routing</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getColor <em>Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getSize <em>Size</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getSourceArrow <em>Source Arrow</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getTargetArrow <em>Target Arrow</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getLabelColor <em>Label Color</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getLabelSize <em>Label Size</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#isLabelBold <em>Label Bold</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#isLabelItalic <em>Label Italic</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdgeStyleValues()
 * @model
 * @generated
 */
public interface EdgeStyleValues extends EObject {
	/**
	 * Returns the value of the '<em><b>Line Style</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Line Style</em>' attribute.
	 * @see #setLineStyle(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdgeStyleValues_LineStyle()
	 * @model
	 * @generated
	 */
	String getLineStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getLineStyle <em>Line Style</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Line Style</em>' attribute.
	 * @see #getLineStyle()
	 * @generated
	 */
	void setLineStyle(String value);

	/**
	 * Returns the value of the '<em><b>Routing</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Routing</em>' attribute.
	 * @see #setRouting(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdgeStyleValues_Routing()
	 * @model
	 * @generated
	 */
	String getRouting();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getRouting <em>Routing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Routing</em>' attribute.
	 * @see #getRouting()
	 * @generated
	 */
	void setRouting(String value);

	/**
	 * Returns the value of the '<em><b>Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Color</em>' attribute.
	 * @see #setColor(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdgeStyleValues_Color()
	 * @model
	 * @generated
	 */
	String getColor();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getColor <em>Color</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Color</em>' attribute.
	 * @see #getColor()
	 * @generated
	 */
	void setColor(String value);

	/**
	 * Returns the value of the '<em><b>Size</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Size</em>' attribute.
	 * @see #setSize(int)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdgeStyleValues_Size()
	 * @model
	 * @generated
	 */
	int getSize();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getSize <em>Size</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Size</em>' attribute.
	 * @see #getSize()
	 * @generated
	 */
	void setSize(int value);

	/**
	 * Returns the value of the '<em><b>Source Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source Arrow</em>' attribute.
	 * @see #setSourceArrow(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdgeStyleValues_SourceArrow()
	 * @model
	 * @generated
	 */
	String getSourceArrow();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getSourceArrow <em>Source Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source Arrow</em>' attribute.
	 * @see #getSourceArrow()
	 * @generated
	 */
	void setSourceArrow(String value);

	/**
	 * Returns the value of the '<em><b>Target Arrow</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target Arrow</em>' attribute.
	 * @see #setTargetArrow(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdgeStyleValues_TargetArrow()
	 * @model
	 * @generated
	 */
	String getTargetArrow();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getTargetArrow <em>Target Arrow</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target Arrow</em>' attribute.
	 * @see #getTargetArrow()
	 * @generated
	 */
	void setTargetArrow(String value);

	/**
	 * Returns the value of the '<em><b>Label Color</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label Color</em>' attribute.
	 * @see #setLabelColor(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdgeStyleValues_LabelColor()
	 * @model
	 * @generated
	 */
	String getLabelColor();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getLabelColor <em>Label Color</em>}' attribute.
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
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdgeStyleValues_LabelSize()
	 * @model
	 * @generated
	 */
	int getLabelSize();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#getLabelSize <em>Label Size</em>}' attribute.
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
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdgeStyleValues_LabelBold()
	 * @model
	 * @generated
	 */
	boolean isLabelBold();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#isLabelBold <em>Label Bold</em>}' attribute.
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
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdgeStyleValues_LabelItalic()
	 * @model
	 * @generated
	 */
	boolean isLabelItalic();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.EdgeStyleValues#isLabelItalic <em>Label Italic</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Italic</em>' attribute.
	 * @see #isLabelItalic()
	 * @generated
	 */
	void setLabelItalic(boolean value);

} // EdgeStyleValues
