/**
 * Copyright (c) Journey Studio contributors. Generated from viewpoint.genmodel by releng/scripts/generate-model.sh.
 */
package org.journeystudio.viewpoint.representation;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Edge</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * An edge between two nodes.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.journeystudio.viewpoint.representation.Edge#getSource <em>Source</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Edge#getTarget <em>Target</em>}</li>
 *   <li>{@link org.journeystudio.viewpoint.representation.Edge#getStyle <em>Style</em>}</li>
 * </ul>
 *
 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdge()
 * @model
 * @generated
 */
public interface Edge extends View {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Source</em>' reference.
	 * @see #setSource(Node)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdge_Source()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Node getSource();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Edge#getSource <em>Source</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' reference.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(Node value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Node)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdge_Target()
	 * @model resolveProxies="false"
	 * @generated
	 */
	Node getTarget();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Edge#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Node value);

	/**
	 * Returns the value of the '<em><b>Style</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Style</em>' containment reference.
	 * @see #setStyle(EdgeStyleValues)
	 * @see org.journeystudio.viewpoint.representation.RepresentationPackage#getEdge_Style()
	 * @model containment="true"
	 * @generated
	 */
	EdgeStyleValues getStyle();

	/**
	 * Sets the value of the '{@link org.journeystudio.viewpoint.representation.Edge#getStyle <em>Style</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Style</em>' containment reference.
	 * @see #getStyle()
	 * @generated
	 */
	void setStyle(EdgeStyleValues value);

} // Edge
