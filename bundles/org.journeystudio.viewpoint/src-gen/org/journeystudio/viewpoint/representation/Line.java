/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Line</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A computed table line.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.Line#getMapping <em>Mapping</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Line#getSemantic <em>Semantic</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Line#getLabel <em>Label</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Line#getBackground <em>Background</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Line#getForeground <em>Foreground</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Line#isBold <em>Bold</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Line#getCells <em>Cells</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Line#getLines <em>Lines</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getLine()
 * @model
 * @generated
 */
public interface Line extends EObject {
	/**
	 * Returns the value of the '<em><b>Mapping</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Mapping</em>' attribute.
	 * @see #setMapping(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getLine_Mapping()
	 * @model
	 * @generated
	 */
	String getMapping();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Line#getMapping <em>Mapping</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Mapping</em>' attribute.
	 * @see #getMapping()
	 * @generated
	 */
	void setMapping(String value);

	/**
	 * Returns the value of the '<em><b>Semantic</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Semantic</em>' reference.
	 * @see #setSemantic(EObject)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getLine_Semantic()
	 * @model resolveProxies="false"
	 * @generated
	 */
	EObject getSemantic();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Line#getSemantic <em>Semantic</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Semantic</em>' reference.
	 * @see #getSemantic()
	 * @generated
	 */
	void setSemantic(EObject value);

	/**
	 * Returns the value of the '<em><b>Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Label</em>' attribute.
	 * @see #setLabel(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getLine_Label()
	 * @model
	 * @generated
	 */
	String getLabel();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Line#getLabel <em>Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label</em>' attribute.
	 * @see #getLabel()
	 * @generated
	 */
	void setLabel(String value);

	/**
	 * Returns the value of the '<em><b>Background</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Background</em>' attribute.
	 * @see #setBackground(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getLine_Background()
	 * @model
	 * @generated
	 */
	String getBackground();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Line#getBackground <em>Background</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Background</em>' attribute.
	 * @see #getBackground()
	 * @generated
	 */
	void setBackground(String value);

	/**
	 * Returns the value of the '<em><b>Foreground</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Foreground</em>' attribute.
	 * @see #setForeground(String)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getLine_Foreground()
	 * @model
	 * @generated
	 */
	String getForeground();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Line#getForeground <em>Foreground</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foreground</em>' attribute.
	 * @see #getForeground()
	 * @generated
	 */
	void setForeground(String value);

	/**
	 * Returns the value of the '<em><b>Bold</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Bold</em>' attribute.
	 * @see #setBold(boolean)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getLine_Bold()
	 * @model
	 * @generated
	 */
	boolean isBold();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Line#isBold <em>Bold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Bold</em>' attribute.
	 * @see #isBold()
	 * @generated
	 */
	void setBold(boolean value);

	/**
	 * Returns the value of the '<em><b>Cells</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.representation.Cell}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cells</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getLine_Cells()
	 * @model containment="true"
	 * @generated
	 */
	EList<Cell> getCells();

	/**
	 * Returns the value of the '<em><b>Lines</b></em>' containment reference list.
	 * The list contents are of type {@link org.journeystudio.viewpoint.representation.Line}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Lines</em>' containment reference list.
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getLine_Lines()
	 * @model containment="true"
	 * @generated
	 */
	EList<Line> getLines();

} // Line
